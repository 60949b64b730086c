from xml.dom import minidom
doc = minidom.parseString(request.data)
