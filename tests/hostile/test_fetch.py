"""Fetching a posting from a hostile server: a page that trickles in, redirects to another port or to FTP."""

from __future__ import annotations

import time

import pytest
from expect import one_line_error

from coverletter.errors import InputError
from coverletter.job.fetch import fetch_url

from helpers import run_module


def test_a_page_that_drips_one_byte_a_second_meets_the_overall_deadline(hostile_server):
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        fetch_url(hostile_server.url("drip"), timeout=5, deadline=2)
    assert time.monotonic() - started < 6
    assert "did not arrive within 2 s" in str(caught.value)


def test_a_normal_page_still_arrives(hostile_server):
    body, content_type = fetch_url(hostile_server.url("page"), deadline=5)
    assert b"Data Engineer" in body and content_type.startswith("text/html")


def test_a_redirect_to_another_port_is_not_followed(hostile_server, closed_port):
    hostile_server.location = f"http://127.0.0.1:{closed_port}/page"
    with pytest.raises(InputError) as caught:
        fetch_url(hostile_server.url("redirect"), deadline=5)
    assert "another port" in str(caught.value)


def test_a_redirect_on_the_same_port_is_followed(hostile_server):
    hostile_server.location = hostile_server.url("page")
    body, _ = fetch_url(hostile_server.url("redirect"), deadline=5)
    assert b"Data Engineer" in body


@pytest.mark.parametrize("location", ["ftp://127.0.0.1/posting.txt", "file:///etc/passwd"])
def test_a_redirect_to_another_scheme_is_refused_from_the_cli(hostile_server, location):
    hostile_server.location = location
    line = one_line_error(run_module("job", hostile_server.url("redirect"), timeout=20), 2)
    assert "not fetched" in line or "not allowed" in line  # urllib itself refuses file:, we refuse ftp:


@pytest.fixture
def closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
