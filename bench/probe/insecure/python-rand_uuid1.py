import uuid
reset_token = uuid.uuid1()
