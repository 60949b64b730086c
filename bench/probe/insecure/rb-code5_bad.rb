Object.const_get(params[:class]).new
