order_by = Arel.sql(params[:sort])
Post.order(order_by)
