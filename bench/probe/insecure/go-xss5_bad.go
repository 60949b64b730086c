package main

data := template.HTML(comment.Body)
