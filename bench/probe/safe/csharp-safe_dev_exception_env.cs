if (app.Environment.IsDevelopment()) app.UseDeveloperExceptionPage();
