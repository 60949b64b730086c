class ApiController < ActionController::Base
end
