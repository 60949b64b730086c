Nokogiri::XML(xml) { |c| c.noent }
