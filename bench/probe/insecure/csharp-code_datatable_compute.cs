var r = new DataTable().Compute(expression, null);
