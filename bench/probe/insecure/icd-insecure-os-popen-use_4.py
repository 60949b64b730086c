from os import popen


def file_type(path):
    return popen(f"file --brief --mime-type '{path}'").read().strip()


def is_image(path):
    return file_type(path).startswith("image/")
