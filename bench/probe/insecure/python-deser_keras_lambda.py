model = keras.models.load_model(path, safe_mode=False)
