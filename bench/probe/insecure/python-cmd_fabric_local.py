from fabric.api import local
local("git checkout " + branch)
