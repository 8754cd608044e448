"""A second pass of hostile inputs (issue 16), not the corpus: 128 generated variants run through the CLI in
child processes, two at a time. Prints one line a case (id | ok or the problems | seconds | last stderr line) and
a total. A problem is a traceback, a hang (60 s) or a slow run (30 s), a failure without exactly one "Error:"
line, any 8 characters of the canary key shown, control characters on stdout, or a file changed.

    python bench/hostile_pass.py
"""
# ruff: noqa
import hashlib, json, os, random, subprocess, sys, time, shutil, tempfile
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor
W = Path(tempfile.mkdtemp(prefix="coverletter-hostile-"))
ROOT = Path(__file__).resolve().parents[1]; PROFILE = ROOT/"examples/profile.json"; POSTING = ROOT/"examples/posting.txt"
PY = sys.executable; CANARY = "sk-live-77aa88bb99cc00dd11ee22ff33gg44hh"
random.seed(16)
posting = POSTING.read_text(); profile = json.loads(PROFILE.read_text())
cases = []
def f(name, data):
    p = W/"in"/name; p.parent.mkdir(exist_ok=True)
    (p.write_bytes if isinstance(data, bytes) else p.write_text)(data); return str(p)
def case(cid, argv, env=None): cases.append((cid, argv, env or {}))
G = ["generate"]
# 1. YAML variants
for i, (fan, depth) in enumerate([(2, 40), (3, 25), (10, 7), (50, 4), (100, 3)]):
    y = "a0: &a0 [x]\n" + "".join(f"a{d+1}: &a{d+1} [{', '.join(['*a%d' % d]*fan)}]\n" for d in range(depth))
    case(f"yaml-fan{fan}", ["profile", f(f"fan{i}.yaml", y)])
    case(f"fm-fan{fan}", ["job", f(f"fm{i}.md", "---\n" + y + "---\n" + posting)])
case("yaml-merge-keys", ["profile", f("merge.yaml", "b: &b {name: Ada}\nbasics:\n  <<: *b\n  <<: *b\n")])
case("yaml-python-tag", ["profile", f("tag.yaml", "basics: !!python/object/apply:os.system ['echo hi']\n")])
case("yaml-binary", ["profile", f("bin.yaml", "basics:\n  name: !!binary aGVsbG8=\n")])
case("yaml-multi-doc", ["profile", f("multi.yaml", "basics: {name: A}\n---\nbasics: {name: B}\n")])
case("yaml-huge-key", ["profile", f("hkey.yaml", "? " + "k"*200000 + "\n: 1\n")])
case("yaml-dates", ["profile", f("dates.yaml", "basics: {name: Ada}\nwork: [{name: X, startDate: 9999-12-31, endDate: 0001-01-01}]\n")])
# 2. numbers
for n in (4301, 10000, 100000):
    case(f"int{n}-json", ["profile", f(f"i{n}.json", '{"basics":{"name":"A"},"n":' + "9"*n + "}")])
case("float-huge", ["profile", f("fh.json", '{"basics":{"name":"A"},"n":1e999999}')])
case("neg-exponent", ["job", f("ne.json", '{"title":"Engineer","company":"X","salary":-1e-999999}')])
case("int-in-startdate", G + [f("isd.json", json.dumps({**profile, "work":[{"name":"X","startDate":10**30}]})), str(POSTING), "--offline"])
case("hex-toml-config", ["config"], {"CFG": 'timeout = 0x' + 'f'*5000 + '\n'})
case("inf-config", ["config"], {"CFG": 'temperature = inf\n'})
case("nan-config", ["config"], {"CFG": 'timeout = nan\n'})
case("neg-timeout-config", ["config"], {"CFG": 'timeout = -5\n'})
# 3. nesting
for d in (500, 5000, 50000):
    case(f"deep-obj-{d}", ["profile", f(f"do{d}.json", '{"basics":{"name":"A"},"x":' + '{"a":'*d + '1' + '}'*d + '}')])
    case(f"deep-job-{d}", ["job", f(f"dj{d}.json", '{"title":"E","x":' + '['*d + ']'*d + '}')])
case("deep-jsonld", ["job", f("dl.html", '<html><head><title>Engineer</title><script type="application/ld+json">' + '['*30000 + ']'*30000 + '</script></head><body><h1>Engineer</h1><p>Acme</p><ul><li>Python</li></ul></body></html>')])
case("bigint-jsonld", ["job", f("bl.html", '<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Engineer","baseSalary":' + '9'*6000 + '}</script></head><body><h1>Engineer</h1></body></html>')])
case("deep-html", ["job", f("dh.html", "<div>"*20000 + "Engineer at Acme. Requirements: Python." + "</div>"*20000)])
# 4. encodings
for enc in ("utf-16", "utf-32", "latin-1", "cp1252", "shift_jis"):
    case(f"enc-{enc}-posting", ["job", f(f"e-{enc}.txt", "Ingénieur — Société, ¥ Python".encode(enc, "replace"))])
    case(f"enc-{enc}-profile", ["profile", f(f"p-{enc}.json", json.dumps({"basics":{"name":"José"}}, ensure_ascii=False).encode(enc, "replace"))])
case("bom-profile", ["profile", f("bom.json", b"\xef\xbb\xbf" + PROFILE.read_bytes())])
case("surrogates", ["job", f("sur.txt", b"Engineer \xed\xa0\x80 at Acme")])
case("overlong-utf8", ["job", f("ovl.txt", b"Engineer \xc0\xaf at Acme")])
for uf, data in (("skills.txt", b"\xff\xfe"), ("cliches.txt", b"\x00\x01binary"), ("cliches.txt", "x"*1000 + "\n")):
    case(f"user-{uf}-{len(data)}", G + [str(PROFILE), str(POSTING), "--offline"], {"USERFILE": (uf, data.hex() if isinstance(data, bytes) else data.encode().hex())})
# 5. control and unicode
for name, ch in (("esc", "\x1b[2J"), ("bel", "\x07"), ("nul-esc", "\x1b\x00"), ("rlo", "\u202e"), ("zwj", "\u200d"*1000), ("cr", "\r")):
    p = dict(profile); p["basics"] = {**profile["basics"], "name": "Maya" + ch + " Okafor"}
    case(f"ctrl-{name}-profile", G + [f(f"c-{name}.json", json.dumps(p)), str(POSTING), "--offline"])
    case(f"ctrl-{name}-posting", G + [str(PROFILE), f(f"cp-{name}.txt", posting.replace("Tidewater Labs", "Tide" + ch + "water Labs")), "--offline"])
# 6. html
for i, html in enumerate([
    "<script>" + "x"*100000 + "</script><h1>Engineer</h1>",
    "<html><body>" + "<p>" * 100000 + "</body></html>",
    "<!--" * 10000 + "Engineer",
    "<html><head><title>" + "A"*100000 + "</title></head><body><h1>Engineer</h1><ul><li>Python</li></ul></body></html>",
    "<html><body><h1>Engineer</h1><iframe src='file:///etc/passwd'></iframe><img src=x onerror=alert(1)></body></html>",
    "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;&a;'>]><html><body><h1>&b;</h1></body></html>",
    "<html><body><h1>Engineer</h1><p>" + "&amp;"*50000 + "</p></body></html>",
]):
    case(f"html-{i}", ["job", f(f"h{i}.html", html)])
# 7. templates
T = "I am applying for {{ job.role }}.\n"
for i, t in enumerate([
    "{{ range(10000)|join(',') * 1000 }}", "{{ 'ab'|replace('a', 'x'*100000)|length }}", "{{ ('x' ~ 'y') * 999999 }}",
    "{{ [1,2]|batch(10**9)|list }}", "{{ 'x'|indent(10**9) }}", "{{ '%s' % ('x'*900000) ~ 'y'*900000 }}",
    "{% set d = {} %}{% for i in range(10000) %}{% set _ = d.update({i: 'x'*1000}) %}{% endfor %}{{ d|length }}",
    "{{ (2 ** 4096) ** 2 }}", "{{ 10 ** -999999 }}", "{{ '{:>999999999}'.format(1) }}", "{{ cycler }}{{ joiner }}{{ namespace }}",
    "{{ self._TemplateReference__context }}", "{{ lipsum(10**6) }}", "{% for i in range(10) recursive %}{{ loop([1]) }}{% endfor %}",
    "{{ 'x'|wordwrap(1) * 100 }}", "{% filter upper %}{{ 'a' * 999999 }}{% endfilter %}", "{{ range(5)|map('string')|join * 10 }}",
    "{% macro m(x) %}{{ caller() }}{% endmacro %}{% call m(1) %}{{ m(2) }}{% endcall %}",
]):
    path = f(f"t{i}.md.j2", T + t + "\n")
    case(f"template-{i}", G + [str(PROFILE), str(POSTING), "--offline", "--template", path])
    case(f"templates-check-{i}", ["templates", "check", path])
# 8. paths and outputs
os.mkfifo(W/"in"/"fifo.txt")
case("fifo-job", ["job", str(W/"in"/"fifo.txt")]); case("fifo-check-letter", ["check", str(W/"in"/"fifo.txt"), "--profile", str(PROFILE), "--job", str(POSTING)])
case("dev-null-profile", ["profile", "/dev/null"]); case("dev-tty-posting", ["job", "/dev/tty"])
case("proc-file", ["job", "/proc/self/status"])
case("out-dev-null", G + [str(PROFILE), str(POSTING), "--offline", "-o", "/dev/null", "--format", "md", "--force"])
case("out-proc", G + [str(PROFILE), str(POSTING), "--offline", "-o", "/proc/x.md"])
case("out-long-name", G + [str(PROFILE), str(POSTING), "--offline", "-o", str(W/"out"/("x"*300 + ".md"))])
case("report-dir", G + [str(PROFILE), str(POSTING), "--offline", "--report", str(W/"out")])
case("out-symlink-posting", G + [str(PROFILE), str(POSTING), "--offline", "-o", "@LINK", "--force"])
case("out-hardlink-posting", G + [str(PROFILE), "@HARDSRC", "--offline", "-o", "@HARD", "--force"])
case("template-over-out", G + [str(PROFILE), str(POSTING), "--offline", "--template", str(ROOT/"templates/letters/default.md.j2"), "-o", str(ROOT/"templates/letters/default.md.j2"), "--force", "--format", "md"])
case("out-nul-name", G + [str(PROFILE), str(POSTING), "--offline", "-o", "a\x00b.md"]) if False else None
case("ref-docx-is-dir", G + [str(PROFILE), str(POSTING), "--offline", "-o", str(W/"out"/"r.docx"), "--reference-docx", str(W/"in")])
case("ref-zip-bomb", G + [str(PROFILE), str(POSTING), "--offline", "-o", str(W/"out"/"z.docx"), "--reference-docx", "@ZIPBOMB"])
# 9. network/model
case("model-closed", G + [str(PROFILE), str(POSTING), "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--api-key", CANARY])
case("model-bad-url", G + [str(PROFILE), str(POSTING), "--base-url", "not a url", "--model", "m", "--api-key", CANARY])
case("model-key-in-url", G + [str(PROFILE), str(POSTING), "--base-url", f"http://user:{CANARY}@127.0.0.1:9/v1", "--model", "m"])
case("job-url-closed", ["job", "http://127.0.0.1:9/posting"])
case("job-url-bad-port", ["job", "http://127.0.0.1:99999/x"])
case("job-url-userinfo", ["job", f"http://x:{CANARY}@127.0.0.1:9/x"])
case("job-url-ipv6", ["job", "http://[::1]:9/x"])
case("job-url-weird", ["job", "http://%zz/"])
print(len(cases))
(W/"out").mkdir()
link = W/"in"/"link.md"; link.symlink_to(POSTING)
hard_src = W/"in"/"hard-src.txt"; hard_src.write_text(posting); os.link(hard_src, W/"in"/"hard.md")
import zipfile
with zipfile.ZipFile(W/"in"/"bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<x/>"); z.writestr("word/document.xml", "\0" * (200 * 1024 * 1024))
def snapshot():
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() and not p.is_symlink() else "x")
            for p in W.rglob("*") if p.is_file() and p.name != "fifo.txt"}
def run(c):
    cid, argv, env = c
    home = W/"home"/cid; home.mkdir(parents=True)
    e = {**os.environ, "COVERLETTER_HOME": str(home), "COLUMNS": "120"}
    for k in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COVERLETTER_MODEL"): e.pop(k, None)
    if "CFG" in env: (home/"config.toml").write_text(env["CFG"])
    if "USERFILE" in env: (home/env["USERFILE"][0]).write_bytes(bytes.fromhex(env["USERFILE"][1]))
    argv = [{"@LINK": str(link), "@HARD": str(W/"in"/"hard.md"), "@HARDSRC": str(hard_src), "@ZIPBOMB": str(W/"in"/"bomb.docx")}.get(a, a) for a in argv]
    t = time.monotonic()
    try:
        d = subprocess.run([PY, "-m", "coverletter", *argv], capture_output=True, timeout=60, env=e, cwd="/tmp")
        out, err, rc = d.stdout.decode("utf-8", "replace"), d.stderr.decode("utf-8", "replace"), d.returncode
    except subprocess.TimeoutExpired:
        return cid, "HANG", 60, ""
    el = time.monotonic() - t
    problems = []
    if "Traceback" in err or "Traceback" in out: problems.append("traceback")
    if el > 30: problems.append(f"slow {el:.0f}s")
    lines = [l for l in err.splitlines() if l.strip() and not l.startswith(("Usage:", "Try '")) and ": error: " not in l]
    if rc != 0 and not (lines and lines[-1].startswith("Error:")): problems.append("no error line")
    if rc not in (0,) and len([l for l in lines if l.startswith("Error:")]) != 1: problems.append("error lines")
    if any(CANARY[i:i+8] in out + err for i in range(len(CANARY) - 7)): problems.append("key shown")
    if any(ch in out for ch in ("\x1b", "\x07")): problems.append("control chars on stdout")
    return cid, ",".join(problems) or "ok", round(el, 1), (lines[-1] if lines else "")[:160] + f" rc={rc}"
before = snapshot()
with ThreadPoolExecutor(2) as pool:
    results = list(pool.map(run, [c for c in cases if c]))
after = snapshot()
changed = sorted(set(after.items()) ^ set(before.items()))
bad = [r for r in results if r[1] != "ok"]
for r in results: print(*r, sep=" | ")
print("TOTAL", len(results), "BAD", len(bad), "CHANGED FILES", changed[:10])
