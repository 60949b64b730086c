import xml.etree.ElementTree as ET
root = ET.fromstring(request.data)
