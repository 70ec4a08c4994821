"""A small DOM of an HTML page, from the standard library's parser: enough for
the tests of the HTML pages to look at elements, attributes and visible text."""
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Closed by the start of one of these (the parser does not know HTML's optional end tags).
IMPLIED_END = {"option": {"option"}, "li": {"li"}, "p": {"p", "section", "table", "h1", "h2", "nav", "main"}}


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def iter(self, tag=None):
        for c in self.children:
            if isinstance(c, Element):
                if tag is None or c.tag == tag:
                    yield c
                yield from c.iter(tag)

    def find(self, tag, **attrs):
        return next((e for e in self.iter(tag) if all(e.attrs.get(k) == v for k, v in attrs.items())), None)

    def text(self):
        """The text a person sees: no script or style."""
        if self.tag in ("script", "style"):
            return ""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def ancestor(self, tag):
        e = self.parent
        while e is not None and e.tag != tag:
            e = e.parent
        return e


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.open = self.root

    def handle_starttag(self, tag, attrs):
        if self.open.tag in IMPLIED_END and tag in IMPLIED_END[self.open.tag]:
            self.open = self.open.parent
        e = Element(tag, attrs, self.open)
        self.open.children.append(e)
        if tag not in VOID:
            self.open = e

    def handle_startendtag(self, tag, attrs):
        self.open.children.append(Element(tag, attrs, self.open))

    def handle_endtag(self, tag):
        e = self.open
        while e is not None and e.tag != tag:
            e = e.parent
        if e is not None and e.parent is not None:
            self.open = e.parent

    def handle_data(self, data):
        self.open.children.append(data)


def parse(page):
    b = _Builder()
    b.feed(page)
    b.close()
    return b.root
