app.UseCors(b => b.AllowAnyOrigin().AllowAnyMethod().AllowAnyHeader());
