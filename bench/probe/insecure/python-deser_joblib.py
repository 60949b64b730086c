import joblib
model = joblib.load(uploaded_file)
