"""`python -m kb.sitecheck`: broken internal links and anchors of a built site are reported."""

from __future__ import annotations

from pathlib import Path

from kb.sitecheck import check_site, main


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


def test_good_links_pass(tmp_path):
    site = write(tmp_path, {
        "index.html": '<a href="practices/x/">x</a><a href="#top">top</a><h1 id="top">T</h1>'
                      '<img src="assets/logo.svg"><a href="https://example.org/">e</a>'
                      '<a href="mailto:bilgi@example.org">m</a>',
        "practices/x/index.html": '<a href="../../">home</a><a href="../../en/practices/x/#s">'
                                  'en</a>',
        "en/practices/x/index.html": '<h2 id="s">S</h2>',
        "assets/logo.svg": "<svg/>",
    })
    assert check_site(site) == []
    assert main([str(site)]) == 0


def test_broken_file_anchor_and_scheme_are_reported(tmp_path):
    site = write(tmp_path, {
        "index.html": '<a href="practices/missing/">a</a><a href="about/#nope">b</a>'
                      '<a href="javascript:alert(1)">c</a><a href="../outside.html">d</a>',
        "about/index.html": '<h1 id="yes">About</h1>',
    })
    found = sorted(str(p) for p in check_site(site))
    assert found == [
        "index.html: forbidden link scheme: javascript:alert(1)",
        "index.html: no such anchor: about/#nope",
        "index.html: no such file: ../outside.html",
        "index.html: no such file: practices/missing/",
    ]
    assert main([str(site)]) == 1


def test_root_absolute_links_under_the_served_base_path(tmp_path):
    site = write(tmp_path, {
        "sitemap.xml": "<urlset><url><loc>https://x.github.io/ortak-akil/</loc></url></urlset>",
        "404.html": '<a href="/ortak-akil/">home</a><a href="/ortak-akil/about/">a</a>'
                    '<a href="/about/">wrong base</a>',
        "index.html": "",
        "about/index.html": "",
    })
    assert [str(p) for p in check_site(site)] == ["404.html: no such file: /about/"]


def test_missing_site_folder_is_a_usage_error(tmp_path):
    assert main([str(tmp_path / "nothing")]) == 2


def test_a_script_in_an_attribute_is_reported(tmp_path):
    """The site's scripts are files; an event handler on an element (a theme override's, or
    Markdown that once allowed `{onclick="…"}`) would run whatever it says."""
    site = write(tmp_path, {
        "index.html": '<h2 id="a" onclick="alert(1)">A</h2><a href="#a" ONMouseOver=\'x()\'>a</a>'
                      '<p class="once">onion</p><a:b onclick="y()">a browser runs this too</a:b>'
                      '<x/onload=z()><br/>',
    })
    assert sorted(str(p) for p in check_site(site)) == [
        'index.html: script in an attribute: <a onmouseover="x()">',
        'index.html: script in an attribute: <a:b onclick="y()">',
        'index.html: script in an attribute: <h2 onclick="alert(1)">',
        'index.html: script in an attribute: <x onload="z()">',
    ]
