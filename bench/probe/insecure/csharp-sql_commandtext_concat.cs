cmd.CommandText = "DELETE FROM Orders WHERE Id = " + orderId;
