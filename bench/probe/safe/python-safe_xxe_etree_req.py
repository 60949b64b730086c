import defusedxml.ElementTree as ET
root = ET.fromstring(request.data)
