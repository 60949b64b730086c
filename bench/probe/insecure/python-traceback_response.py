return traceback.format_exc(), 500
