parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, True)
