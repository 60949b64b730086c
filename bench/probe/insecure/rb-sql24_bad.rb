Arel.sql(params[:sort])
