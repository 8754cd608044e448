"""Known job boards' and applicant-tracking systems' pages: where their description, title, employer, place,
employment type and workplace sit in the markup, and the boards' names (never an employer)."""

from __future__ import annotations

from typing import Any

# Known pages: (name, XPath of the description, XPaths of title / company / location)
_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
SITES: tuple[dict[str, Any], ...] = (
    {
        "name": "linkedin",
        "description": ["//*[{}]".format(_CLASS.format("jobs-description__content")),
                        "//*[{}]".format(_CLASS.format("jobs-box__html-content")),
                        "//*[{}]".format(_CLASS.format("show-more-less-html__markup")),
                        "//*[{}]".format(_CLASS.format("description__text"))],
        "title": ["//*[{}]".format(_CLASS.format("job-details-jobs-unified-top-card__job-title")),
                  "//*[{}]".format(_CLASS.format("jobs-unified-top-card__job-title")),
                  "//*[{}]".format(_CLASS.format("top-card-layout__title")),
                  "//*[{}]".format(_CLASS.format("topcard__title"))],
        "company": ["//*[{}]".format(_CLASS.format("job-details-jobs-unified-top-card__company-name")),
                    "//*[{}]".format(_CLASS.format("jobs-unified-top-card__company-name")),
                    "//*[{}]".format(_CLASS.format("topcard__org-name-link"))],
        "location": ["//*[{}]//*[{}]".format(
                         _CLASS.format("job-details-jobs-unified-top-card__primary-description-container"),
                         _CLASS.format("tvm__text")),
                     "//*[{}]".format(_CLASS.format("job-details-jobs-unified-top-card__bullet")),
                     "//*[{}]".format(_CLASS.format("jobs-unified-top-card__bullet")),
                     "//*[{}]".format(_CLASS.format("topcard__flavor--bullet"))],
        "workplace": ["//*[{}]".format(_CLASS.format("job-details-jobs-unified-top-card__job-insight")),
                      "//*[{}]".format(_CLASS.format("jobs-unified-top-card__workplace-type"))],
        "employment_type": ["//*[{}]".format(_CLASS.format("job-details-jobs-unified-top-card__job-insight"))],
    },
    {
        "name": "indeed",
        "description": ["//*[@id='jobDescriptionText']"],
        "title": ["//*[@data-testid='jobsearch-JobInfoHeader-title']",
                  "//h1[{}]".format(_CLASS.format("jobsearch-JobInfoHeader-title"))],
        "company": ["//*[@data-testid='inlineHeader-companyName']", "//*[@data-company-name='true']"],
        "location": ["//*[@data-testid='inlineHeader-companyLocation']", "//*[@data-testid='job-location']"],
        "workplace": ["//*[@data-testid='inlineHeader-companyLocation']"],
        "employment_type": ["//*[@id='salaryInfoAndJobType']"],
    },
    {
        "name": "greenhouse",
        "description": ["//*[{}]".format(_CLASS.format("job__description")),
                        "//div[@id='app_body']//div[@id='content']"],
        "title": ["//h1[{}]".format(_CLASS.format("app-title")), "//*[{}]//h1".format(_CLASS.format("job__title"))],
        "company": ["//*[{}]".format(_CLASS.format("company-name"))],
        "location": ["//*[{}]".format(_CLASS.format("job__location")),
                     "//div[@id='header']//*[{}]".format(_CLASS.format("location"))],
    },
    {
        "name": "lever",
        "description": ["//*[{}]//*[{} and not({})]".format(
            _CLASS.format("posting-page"), _CLASS.format("section-wrapper"), _CLASS.format("accent-section"))],
        "title": ["//*[{}]//h2".format(_CLASS.format("posting-headline"))],
        "company": [],
        "location": ["//*[{}]//*[{}]".format(_CLASS.format("posting-categories"), _CLASS.format("location"))],
        "employment_type": ["//*[{}]//*[{}]".format(_CLASS.format("posting-categories"), _CLASS.format("commitment"))],
        "workplace": ["//*[{}]//*[{}]".format(_CLASS.format("posting-categories"), _CLASS.format("workplaceTypes"))],
    },
    {
        "name": "workday",
        "description": ["//*[@data-automation-id='jobPostingDescription']"],
        "title": ["//*[@data-automation-id='jobPostingHeader']"],
        "company": [],
        "location": ["//*[@data-automation-id='locations']//dd"],
        "employment_type": ["//*[@data-automation-id='time']//dd"],
        "workplace": ["//*[@data-automation-id='remoteType']//dd"],
    },
    {
        "name": "microdata",
        "description": ["//*[@itemprop='description']"],
        "title": ["//*[@itemprop='title']"],
        "company": ["//*[@itemprop='hiringOrganization']//*[@itemprop='name']"],
        "location": ["//*[@itemprop='jobLocation']//*[@itemprop='addressLocality']"],
    },
)

BOARD_NAMES = frozenset({
    "linkedin", "indeed", "indeed.com", "glassdoor", "monster", "ziprecruiter", "stepstone", "xing",
    "welcome to the jungle", "greenhouse", "lever", "workday", "smartrecruiters", "workable", "ashby", "recruitee",
    "personio", "jobs",
})
