app.run(debug=True)
