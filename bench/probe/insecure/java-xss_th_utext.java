<div th:utext="${comment}"></div>
