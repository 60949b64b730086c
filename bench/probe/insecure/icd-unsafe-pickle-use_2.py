import pickle as pkl
import socket


def recv_obj(sock: socket.socket):
    size = int.from_bytes(sock.recv(4), "big")
    data = b""
    while len(data) < size:
        data += sock.recv(size - len(data))
    return pkl.loads(data)
