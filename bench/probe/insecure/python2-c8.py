import xml.etree.ElementTree as ET
tree = ET.parse(uploaded_file)
