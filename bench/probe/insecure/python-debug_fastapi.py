app = FastAPI(debug=True)
