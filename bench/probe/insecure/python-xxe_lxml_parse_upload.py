from lxml import etree
tree = etree.parse(request.files["file"])
