render inline: params[:tpl]
