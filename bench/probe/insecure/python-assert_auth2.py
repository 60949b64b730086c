def delete(user):
    assert user.is_authenticated
    do_delete()
