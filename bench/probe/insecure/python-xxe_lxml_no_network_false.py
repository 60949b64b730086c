parser = etree.XMLParser(no_network=False, load_dtd=True)
