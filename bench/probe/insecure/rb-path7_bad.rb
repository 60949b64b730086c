FileUtils.rm_rf(File.join(base, params[:dir]))
