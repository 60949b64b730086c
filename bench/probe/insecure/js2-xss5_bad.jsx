<iframe srcDoc={content} />
