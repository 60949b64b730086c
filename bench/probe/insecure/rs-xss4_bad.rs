{{ body | safe }}
