logger.info(f"Login attempt for {request.form['username']}")
