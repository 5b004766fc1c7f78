"""views/preload.py: the links to the first page's code, found by name in a Streamlit build."""
from views.preload import FIRST_PAGE, links


def test_links_name_each_file_of_the_build_once_and_skip_names_it_lacks(tmp_path):
    js = tmp_path / "static" / "js"
    js.mkdir(parents=True)
    for name in ("DataFrame.AbC12_-x.js", "DataFrame.AbC12_-x.js.map", "DataFrameUtils.Zz9.js", "TextInput.q1.js"):
        (js / name).write_text("")
    tags = links(tmp_path, ("DataFrame", "TextInput", "NotInThisVersion")).decode()
    assert tags == ('<link rel="modulepreload" crossorigin href="./static/js/DataFrame.AbC12_-x.js">'
                    '<link rel="modulepreload" crossorigin href="./static/js/TextInput.q1.js">')


def test_the_installed_streamlit_has_every_file_the_first_page_names():
    assert links().decode().count("modulepreload") == len(FIRST_PAGE)
