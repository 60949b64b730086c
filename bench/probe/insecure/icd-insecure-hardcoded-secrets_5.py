from flask import Flask, session, redirect

app = Flask(__name__)
app.secret_key = 'super secret key'


@app.route("/login/<name>")
def login(name):
    session["user"] = name
    return redirect("/")
