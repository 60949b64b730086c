var conn = new SqlConnection("Server=db;Database=App;Integrated Security=true;");
