get "/hi" do
  "Hello #{params[:name]}"
end
