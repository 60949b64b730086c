from xmlrpc.server import SimpleXMLRPCServer
server = SimpleXMLRPCServer(("0.0.0.0", 8000))
