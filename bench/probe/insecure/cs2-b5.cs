var list = ctx.Database.SqlQuery<Order>("SELECT * FROM Orders WHERE Customer = @p0", customer);
