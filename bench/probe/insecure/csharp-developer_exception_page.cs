app.UseDeveloperExceptionPage();
