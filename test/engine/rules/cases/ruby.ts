// Realistic multi-line cases for the Ruby rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const RUBY_CASES: Record<string, RuleCases> = {
  'rb.link-to-params-url': {
    // The request-input check knows ERB views, where link_to is mostly written.
    invalid: [{ code: '<p>\n  <%= link_to "Back", params[:return_to] %>\n</p>\n', languageId: 'erb', findings: [{ line: 2, column: 7 }] }],
    valid: [{ code: '<p>\n  <%= link_to "Back", root_path %>\n</p>\n', languageId: 'erb' }],
  },
  'rb.command-interpolation': {
    invalid: [
      {
        code: 'class ThumbnailsController < ApplicationController\n  def create\n    system("convert #{params[:file].path} -resize 200x200 thumb.png")\n    head :ok\n  end\nend\n',
        findings: [{ line: 3, column: 5 }],
      },
    ],
    valid: [
      'class ThumbnailsController < ApplicationController\n  def create\n    system("convert", params[:file].path, "-resize", "200x200", "thumb.png")\n  end\nend\n',
      'message = "run `rake #{task}` to rebuild"',
    ],
  },
  'rb.sql-interpolation': {
    invalid: [
      {
        code: 'def search\n  @users = User\n    .where("name LIKE \'%#{params[:q]}%\'")\n    .order(:name)\nend\n',
        findings: [{ line: 3, column: 5 }],
      },
    ],
    valid: ['def search\n  @users = User\n    .where("name LIKE ?", "%#{User.sanitize_sql_like(params[:q])}%")\n    .order(:name)\nend\n'],
  },
  'rb.eval-dynamic': {
    invalid: [{ code: 'def calculate\n  render json: { result: eval(params[:expr]) }\nend\n', findings: [{ line: 2, column: 26 }] }],
    valid: ['def calculate\n  render json: { result: Calculator.new.evaluate(params[:expr]) }\nend\n', '# eval(params[:expr]) was removed'],
  },
  'rb.file-path-params': {
    invalid: [{ code: 'def download\n  send_file Rails.root.join("storage", params[:filename])\nend\n', findings: [{ line: 2, column: 24 }] }],
    valid: ['def download\n  doc = current_user.documents.find(params[:id])\n  send_file doc.path\nend\n'],
  },
  'rb.open-redirect': {
    invalid: [{ code: 'def create\n  session[:user_id] = user.id\n  redirect_to params[:return_to] || root_path\nend\n', findings: [{ line: 3, column: 3 }] }],
    valid: ['def create\n  session[:user_id] = user.id\n  redirect_to root_path\nend\n'],
  },
  'rb.ssl-verify-none': {
    invalid: [
      {
        code: 'http = Net::HTTP.new(uri.host, uri.port)\nhttp.use_ssl = true\nhttp.verify_mode = OpenSSL::SSL::VERIFY_NONE\n',
        findings: [{ line: 3, column: 20 }],
      },
    ],
    valid: ['http = Net::HTTP.new(uri.host, uri.port)\nhttp.use_ssl = true\nhttp.verify_mode = OpenSSL::SSL::VERIFY_PEER\n'],
  },
  'rb.html-safe-input': {
    invalid: [
      { code: '<div class="bio">\n  <%= raw params[:bio] %>\n</div>\n', languageId: 'erb', findings: [{ line: 2, column: 7 }] },
    ],
    valid: [{ code: '<div class="bio">\n  <%= params[:bio] %>\n</div>\n', languageId: 'erb' }],
  },
  'rb.kernel-open': {
    invalid: [{ code: "require 'open-uri'\n\ndef fetch\n  @body = open(params[:url]).read\nend\n", findings: [{ line: 4, column: 11 }] }],
    valid: ["def fetch\n  @body = File.open(params[:url]).read\nend\n"],
  },
  'rb.response-params-unescaped': {
    invalid: [{ code: 'require "sinatra"\n\nget "/hello" do\n  "<h1>Hello #{params[:name]}</h1>"\nend\n', findings: [{ line: 3, column: 1 }] }],
    valid: ['require "sinatra"\n\nget "/hello" do\n  erb :hello, locals: { name: params[:name] }\nend\n'],
  },
  'rb.session-cookie-without-flags': {
    invalid: [
      {
        code: 'def remember(user)\n  cookies.permanent[:remember_token] = {\n    value: user.remember_token,\n    secure: true\n  }\nend\n',
        findings: [{ line: 2, column: 3 }],
      },
    ],
    valid: ['def remember(user)\n  cookies.permanent.encrypted[:remember_token] = {\n    value: user.remember_token,\n    httponly: true,\n    secure: true\n  }\nend\n'],
  },
};
