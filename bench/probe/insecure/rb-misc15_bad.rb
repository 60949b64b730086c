Nokogiri::XML(params[:xml], nil, nil, Nokogiri::XML::ParseOptions::NOENT)
