var conn = new SqlConnection("Server=db;Database=App;User Id=sa;Password=Sup3rS3cret!;");
