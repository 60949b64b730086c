template = Liquid::Template.parse(params[:body])
