doc = Nokogiri::XML(params[:xml]) { |config| config.noent }
