string query = $"SELECT * FROM Products WHERE Category = '{category}'";
using var cmd = new SqlCommand(query, connection);
