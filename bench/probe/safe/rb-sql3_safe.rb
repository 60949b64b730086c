Post.order(sanitize_sql_for_order(params[:sort]))
