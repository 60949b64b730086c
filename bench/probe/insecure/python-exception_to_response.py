except Exception as e:
    return jsonify({"error": str(e), "trace": traceback.format_exc()}), 500
